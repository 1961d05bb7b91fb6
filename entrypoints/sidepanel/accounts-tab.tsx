import { useAccountsOverview } from '@/components/data/use-posts-list';
import { AccountsView } from '@/components/posts/accounts-view';
import { useIgnoreFlow } from '@/components/posts/ignore-flow';
import type { AccountRow } from '@/lib/db/schema';
import { ignoreActions, setRole } from './set-role';

/** The Accounts tab: the watchlist with roles, groups, follower trend and last seen; Ignore asks first. */
export function AccountsTab({ accounts, now }: { accounts: AccountRow[]; now: number }) {
  const rows = useAccountsOverview(accounts, now);
  const ignore = useIgnoreFlow(ignoreActions);
  if (!rows) return null;
  return (
    <>
      <AccountsView
        rows={rows}
        now={now}
        onChange={(a, role, group) =>
          role === 'ignored' && a.role !== 'ignored'
            ? ignore.ask({ platform: a.platform, handle: a.displayHandle })
            : setRole(a.platform, a.displayHandle, role, group)
        }
      />
      {ignore.ui}
    </>
  );
}
