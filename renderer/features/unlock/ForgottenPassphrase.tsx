/** What happens if the passphrase is forgotten, said honestly (shown on the unlock screen and in Settings). */
export function ForgottenPassphrase({ dataFolder }: { dataFolder: string | null }) {
  return (
    <details className="forgotten">
      <summary>Forgot the passphrase?</summary>
      <p>
        Without it your data cannot be opened: not by you, not by your IT staff, not by the makers of TTA Navigator. There is no reset and no
        back door.
      </p>
      <p>
        If you saved a <em>Back up data…</em> file (Settings → Backup and restore) and know that file’s passphrase, you can start over: close
        the app, move the data folder{dataFolder ? <> (<code>{dataFolder}</code>)</> : null} somewhere else, start TTA Navigator, choose a new
        passphrase, and restore the backup file in Settings. Keep the moved folder until you are sure: if the passphrase comes back to you, it
        still opens it.
      </p>
    </details>
  );
}
