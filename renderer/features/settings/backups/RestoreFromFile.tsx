import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { desktopPathOf, pickedFileSource } from '../../../api/picked-file.js';
import { MAX_IMPORT_BYTES, maxImportMb } from '../../import/import-files.js';
import type { RestoreControls } from './use-restore.js';

/**
 * "Restaurar desde un archivo…": a hidden file input behind a button. On the
 * desktop the core reads the file by path; in browser mode it travels as
 * base64. The core checks it before anything is replaced.
 */
export function RestoreFromFile({ restore }: { restore: RestoreControls }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  async function chosen(file: File | undefined): Promise<void> {
    if (!file) return;
    // Checked before reading: a file this large would not fit in one request to the core.
    if (!desktopPathOf(file) && file.size > MAX_IMPORT_BYTES) return restore.refuse(null, maxImportMb);
    restore.check(await pickedFileSource(file), file.name);
  }

  return (
    <>
      <button
        type="button"
        className="button"
        data-testid="restore-from-file"
        disabled={restore.busy}
        onClick={() => input.current?.click()}
      >
        {t('backupRestore.restoreFromFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".sqlite,.db,.sqlite3,application/vnd.sqlite3"
        hidden
        data-testid="restore-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after a refusal) fires another change.
          event.currentTarget.value = '';
          void chosen(file);
        }}
      />
    </>
  );
}
