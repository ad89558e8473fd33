import { useTranslation } from 'react-i18next';
import type { ExchangedTableName } from '../../../shared/api/exchange.js';
import { catalogues } from '../../../shared/i18n/index.js';

type FieldKey = keyof (typeof catalogues)['es-PE']['exchangeConflicts']['fields'];
const fieldKeys = new Set<string>(Object.keys(catalogues['es-PE'].exchangeConflicts.fields));
const isFieldKey = (field: string): field is FieldKey => fieldKeys.has(field);

/** A laptop as a conflict or a report names it: its id, and its name when this laptop has heard it. */
export interface LaptopRef {
  readonly deviceId: string;
  readonly deviceName: string | null;
}

/**
 * Names for what the core reports by id: exchanged tables, column names
 * (common ones translated, the rest as the column is called) and laptops
 * (this one said as such; one never heard from directly by a short id).
 */
export function useExchangeLabels(thisDevice: { id: string; name: string } | null) {
  const { t } = useTranslation();
  return {
    table: (table: ExchangedTableName): string => t(`exchangeConflicts.tables.${table}`),
    field: (field: string): string => (isFieldKey(field) ? t(`exchangeConflicts.fields.${field}`) : field),
    laptop: (ref: LaptopRef): string => {
      if (thisDevice && ref.deviceId === thisDevice.id)
        return t('exchangeConflicts.thisLaptop', { name: thisDevice.name });
      return ref.deviceName ?? t('exchangeConflicts.otherLaptop', { id: ref.deviceId.slice(0, 8) });
    },
  };
}

export type ExchangeLabels = ReturnType<typeof useExchangeLabels>;
