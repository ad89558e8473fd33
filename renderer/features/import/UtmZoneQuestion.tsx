import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Peru spans UTM zones 17 to 19 south. Zone 17 covers 84°–78° W, so nearly
 * all of Cajamarca (about 79.5°–77.7° W) is 17S; only its eastern edge is 18S.
 */
const zones = [17, 18, 19] as const;
const SUGGESTED_ZONE = 17;

/**
 * A CSV whose zone column mixes zones (CSV_NEEDS_UTM_ZONE) is one file in
 * several systems: the reader asks to split it or to name one zone for all
 * rows. This is the second way out: open it again with the zone chosen.
 * (A CSV in metres with no zone at all opens, and the CRS step asks.)
 */
export function UtmZoneQuestion({ onOpen }: { onOpen: (zone: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [zone, setZone] = useState<number>(SUGGESTED_ZONE);
  return (
    <form
      className="card import-zone-question"
      onSubmit={(event) => {
        event.preventDefault();
        onOpen(zone);
      }}
    >
      <div className="field field-narrow">
        <label htmlFor={id}>{t('importWizard.file.utmZone')}</label>
        <select
          id={id}
          data-testid="import-utm-zone"
          value={zone}
          onChange={(event) => setZone(Number(event.target.value))}
        >
          {zones.map((value) => (
            <option key={value} value={value}>
              {t('importWizard.file.utmZoneOption', { zone: value })}
            </option>
          ))}
        </select>
        <p className="field-hint">{t('importWizard.file.utmZoneHint')}</p>
      </div>
      <button type="submit" className="button button-primary" data-testid="import-utm-reopen">
        {t('importWizard.file.reopen')}
      </button>
    </form>
  );
}
