import { COMPOSE_TARGETS, PLATFORM_NAMES, type ComposeTarget } from '@/lib/platforms/registry';

/**
 * A platform's short mark: its initial, or two letters where platforms share one (Threads "Th",
 * TikTok "Ti"), derived from the registry's names so a new platform gets one with no edit here.
 */
export function platformMark(p: ComposeTarget): string {
  const name = PLATFORM_NAMES[p];
  const shared = COMPOSE_TARGETS.some((o) => o !== p && PLATFORM_NAMES[o][0]?.toUpperCase() === name[0]?.toUpperCase());
  return shared ? `${name[0]!.toUpperCase()}${name[1] ?? ''}` : name[0]!.toUpperCase();
}

/** A hue per platform, stable and apart from its neighbours in the list. */
const hue = (p: ComposeTarget) => Math.round((COMPOSE_TARGETS.indexOf(p) * 360) / COMPOSE_TARGETS.length);

/** The platforms of a draft as small marks, named in full for screen readers and on hover. */
export function PlatformMarks({ platforms }: { platforms: readonly ComposeTarget[] }) {
  const names = platforms.map((p) => PLATFORM_NAMES[p]).join(', ');
  return (
    <span className="marks" role="img" aria-label={names} title={names}>
      {platforms.map((p) => (
        <span key={p} className="mark" data-mark={p} style={{ background: `hsl(${hue(p)} 55% 38%)` }}>
          {platformMark(p)}
        </span>
      ))}
    </span>
  );
}
