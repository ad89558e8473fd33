import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { describeValue } from './conflict-value.js';

/** One candidate value in words: a plot's outline as its size, dates in the user's format, never raw JSON for shapes. */
export function ConflictValue({ field, value }: { field: string; value: unknown }) {
  const { t } = useTranslation();
  const format = useFormat();
  const described = describeValue(field, value);
  switch (described.kind) {
    case 'empty':
      return <span className="muted">{t('exchangeConflicts.emptyValue')}</span>;
    case 'polygon':
      return (
        <span>
          {described.parts === 1
            ? t('exchangeConflicts.polygonArea', {
                vertices: format.number(described.vertices),
                area: format.ha(described.areaHa),
              })
            : t('exchangeConflicts.multiPolygon', {
                parts: format.number(described.parts),
                vertices: format.number(described.vertices),
                area: format.ha(described.areaHa),
              })}
        </span>
      );
    case 'point':
      return (
        <span>
          {t('exchangeConflicts.point', {
            lat: format.decimal(described.lat, 5),
            lon: format.decimal(described.lon, 5),
          })}
        </span>
      );
    case 'deleted':
      return <span>{t('exchangeConflicts.deletedOn', { date: format.date(described.at) })}</span>;
    case 'notDeleted':
      return <span>{t('exchangeConflicts.notDeleted')}</span>;
    case 'dateTime':
      return <span>{format.date(described.at)}</span>;
    case 'number':
      return <span>{format.number(described.value)}</span>;
    case 'boolean':
      return <span>{described.value ? t('exchangeConflicts.yes') : t('exchangeConflicts.no')}</span>;
    case 'text':
      return <span className="exchange-value-text">{described.text}</span>;
    case 'list':
      return <span>{described.items.join(', ')}</span>;
    case 'composite':
      // Rare (a plan's income fields, a class map): shown folded, for whoever must compare them closely.
      return (
        <details>
          <summary>{t('exchangeConflicts.composite')}</summary>
          <code>{described.json}</code>
        </details>
      );
    default:
      return assertNever(described, 'conflict value');
  }
}
