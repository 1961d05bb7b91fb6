/** What an action said: ok, a warning, or an error (announced as an alert). Text only. */
export type NoticeData = { kind: 'ok' | 'warn' | 'error'; text: string } | undefined;

export function Notice({ notice, testId }: { notice: NoticeData; testId?: string }) {
  if (!notice) return null;
  return (
    <div
      className={`notice ${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      {notice.text}
    </div>
  );
}
