import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { provenanceOf } from '../../../shared/climate/model-provenance.js';

/** Source names and notes of climate-model.json parameters, in the reader's language. */
export function useProvenance() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return useMemo(
    () => ({
      /** "Córdova et al. 2016; ICAO 1993" for a parameter path. */
      sources: (path: string): string =>
        provenanceOf(path)
          ?.sources.map((source) => (source.id === 'cafetal' ? t('methodology.modelChoice') : source.short))
          .join('; ') ?? '',
      note: (path: string): string | null => {
        const note = provenanceOf(path)?.note;
        return note ? (english ? note.en : note.es) : null;
      },
    }),
    [english, t],
  );
}
