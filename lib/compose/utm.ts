import { findUrls } from './entities';
import { UTM_SOURCE, type ComposeTarget } from '../platforms/registry';

/** A campaign name as it goes in a URL: lower case, spaces to dashes. */
export const campaignSlug = (campaign: string) =>
  campaign
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_.-]/gu, '')
    .slice(0, 100);

/** One link tagged for a platform: utm_source per platform, utm_medium=social, utm_campaign. */
export function tagUrl(url: string, target: ComposeTarget, campaign?: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
  u.searchParams.set('utm_source', UTM_SOURCE[target]);
  u.searchParams.set('utm_medium', 'social');
  const slug = campaign ? campaignSlug(campaign) : '';
  if (slug) u.searchParams.set('utm_campaign', slug);
  else u.searchParams.delete('utm_campaign');
  // Keep a bare origin as the user wrote it ("https://a.co?x" rather than "https://a.co/?x") when it had no path.
  const out = u.toString();
  return /^https?:\/\/[^/?#]+$/i.test(url.split(/[?#]/)[0]!) ? out.replace(/\/(?=[?#])/, '') : out;
}

/** Tag every http(s) link in a variant's text, so clicks show up per platform in web analytics. */
export function applyUtm(text: string, target: ComposeTarget, campaign?: string): string {
  let out = '';
  let at = 0;
  for (const u of findUrls(text)) {
    out += text.slice(at, u.start) + tagUrl(u.value, target, campaign);
    at = u.end;
  }
  return out + text.slice(at);
}
