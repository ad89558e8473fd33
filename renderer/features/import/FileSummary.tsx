import { useTranslation } from 'react-i18next';
import { sourceFormats, sourceWarningCodes } from '../../../shared/import/file-rules.js';
import type { SourceFormat, SourceWarningCode } from '../../../shared/import/file-rules.js';
import { useFormat } from '../../i18n/use-format.js';
import type { OpenedImport } from './use-import-file.js';

const warningCodes = sourceWarningCodes;
type WarningCode = SourceWarningCode;
const formats = sourceFormats;
type Format = SourceFormat;
const isFormat = (format: string): format is Format => (formats as readonly string[]).includes(format);
const isWarningCode = (code: string): code is WarningCode => (warningCodes as readonly string[]).includes(code);

/** The open file: name, format, how many features, its layers, and what the reader noticed. */
export function FileSummary({ opened }: { opened: OpenedImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="import-file-summary" data-testid="import-file-summary">
      <p>
        <strong data-testid="import-file-name">{opened.fileName}</strong>
        {' · '}
        {isFormat(opened.format) ? t(`importWizard.formats.${opened.format}`) : opened.format}
        {' · '}
        <span data-testid="import-feature-count" data-count={opened.featureCount}>
          {t('importWizard.preview.featureCount', {
            count: opened.featureCount,
            total: format.number(opened.featureCount),
          })}
        </span>
        {opened.layers.length > 1 && ` · ${t('importWizard.preview.layers', { layers: opened.layers.join(', ') })}`}
      </p>
      {opened.warnings.length > 0 && (
        <ul className="notice import-warnings" data-testid="import-warnings">
          {opened.warnings.map((warning, i) => (
            <li key={i} data-code={warning.code}>
              {isWarningCode(warning.code) ? t(`importWarnings.${warning.code}`, warning.params) : warning.code}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
