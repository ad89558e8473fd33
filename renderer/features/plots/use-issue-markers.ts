import { Marker } from 'maplibre-gl';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotIssue } from '../../../shared/domain/plot-geometry.js';
import type { MapSession } from '../map/map-session.js';

/** Findings whose `at` points are worth a marker: where edges cross is hard to spot by eye. */
const MARKED_CODES = new Set<PlotIssue['code']>(['SELF_INTERSECTION']);

/**
 * Puts a DOM marker on each crossing point. DOM (not a layer) because there
 * are only a few, they must stay visible above terra-draw's layers, and tests
 * and screen readers can find them.
 */
export function useIssueMarkers(session: MapSession | null, issues: readonly PlotIssue[]): void {
  const { t } = useTranslation();
  const label = t('draw.crossingMarker');
  useEffect(() => {
    if (!session) return;
    const markers = issues
      .filter((issue) => MARKED_CODES.has(issue.code))
      .flatMap((issue) => issue.at)
      .map(([lon, lat]) => {
        const element = document.createElement('div');
        element.className = 'plot-issue-marker';
        element.dataset.testid = 'plot-issue-marker';
        element.setAttribute('role', 'img');
        element.setAttribute('aria-label', label);
        element.title = label;
        return new Marker({ element }).setLngLat([lon, lat]).addTo(session.map);
      });
    return () => markers.forEach((marker) => marker.remove());
  }, [session, issues, label]);
}
