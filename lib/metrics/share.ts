/** Share of engagement among a group of tracked accounts (a sample, never "the market"). */
export interface ShareRow {
  account: string;
  engagement: number;
  share: number;
}

export function shareOfEngagement(byAccount: ReadonlyMap<string, number>): ShareRow[] {
  const total = [...byAccount.values()].reduce((a, b) => a + b, 0);
  return [...byAccount.entries()]
    .map(([account, engagement]) => ({ account, engagement, share: total > 0 ? engagement / total : 0 }))
    .sort((a, b) => b.engagement - a.engagement || a.account.localeCompare(b.account));
}
