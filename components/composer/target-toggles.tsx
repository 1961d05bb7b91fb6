import { COMPOSE_TARGETS, type ComposeTarget } from '@/lib/compose';
import { t } from '@/lib/i18n/t';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';

/** One chip per platform the draft can go to; the chosen ones stay in the registry's order. */
export function TargetToggles({ platforms, onChange }: { platforms: ComposeTarget[]; onChange(next: ComposeTarget[]): void }) {
  const toggle = (p: ComposeTarget) =>
    onChange(platforms.includes(p) ? platforms.filter((x) => x !== p) : COMPOSE_TARGETS.filter((x) => x === p || platforms.includes(x)));
  return (
    <div className="row wrap" role="group" aria-label={t('composerPlatforms')}>
      {COMPOSE_TARGETS.map((p) => (
        <label key={p} className={`chip ${platforms.includes(p) ? 'on' : ''}`}>
          <input type="checkbox" data-platform-toggle={p} checked={platforms.includes(p)} onChange={() => toggle(p)} />
          {PLATFORM_NAMES[p]}
        </label>
      ))}
    </div>
  );
}
