import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import type { PlotIndex } from './plot-index.js';

const MAX_RESULTS = 20;

/** "Peña" finds "pena" and "PEÑA": searches ignore case and accents. */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Finds a plot by its name or its producer's: the keyboard way to select plots on the map. */
export function PlotSearch({ index, onPick }: { index: PlotIndex; onPick: (plotId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [query, setQuery] = useState('');
  const results = useMemo(() => {
    const needle = fold(query.trim());
    if (needle.length < 2) return [];
    const found = [];
    for (const entry of index.entries) {
      const { name, producerName } = entry.properties;
      if (fold(name).includes(needle) || fold(producerName).includes(needle)) found.push(entry);
      if (found.length >= MAX_RESULTS) break;
    }
    return found;
  }, [index, query]);
  return (
    <div className="plot-search">
      <label htmlFor={id}>{t('plots.search.label')}</label>
      <input
        id={id}
        type="search"
        data-testid="plot-search"
        placeholder={t('plots.search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim().length >= 2 && (
        <ul className="plot-search-results" aria-label={t('plots.search.results')}>
          {results.length === 0 && <li className="muted">{t('plots.search.none')}</li>}
          {results.map(({ properties }) => (
            <li key={properties.id}>
              <button
                type="button"
                className="link-button"
                data-testid="plot-search-result"
                onClick={() => onPick(properties.id)}
              >
                <strong>{properties.name}</strong> · {properties.producerName} · {format.ha(properties.areaHa)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
