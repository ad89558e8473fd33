import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RingRole } from './coordinate-rows.js';
import type { PlotSheet } from './plot-sheet-model.js';

/** Words for a sheet's geometry, its EUDR remarks and its rings, shared by the index and the sheets. */
export function useSheetLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      geometry: (sheet: PlotSheet): string =>
        sheet.geometry.type === 'MultiPolygon'
          ? t('reportsPlots.geometry.MultiPolygon', { count: sheet.parts, parts: sheet.parts })
          : t(`reportsPlots.geometry.${sheet.geometry.type}`),
      /** Every remark, most serious first; "Sin observaciones" alone when there is none beyond a valid geolocation. */
      remarks: (sheet: PlotSheet): { text: string; warning: boolean }[] => {
        const remarks: { text: string; warning: boolean }[] = [];
        if (sheet.tooFewRings > 0) remarks.push({ text: t('reportsPlots.status.tooFew'), warning: true });
        if (sheet.geolocation === 'point_needs_polygon')
          remarks.push({ text: t('reportsPlots.status.point_needs_polygon'), warning: true });
        if (sheet.duplicateRings > 0)
          remarks.push({
            text: t('reportsPlots.status.duplicates', { count: sheet.duplicateRings, rings: sheet.duplicateRings }),
            warning: true,
          });
        if (remarks.length === 0) remarks.push({ text: t(`reportsPlots.status.${sheet.geolocation}`), warning: false });
        return remarks;
      },
      ring: (role: RingRole): string => {
        switch (role.kind) {
          case 'point':
            return t('reportsPlots.table.point');
          case 'exterior':
            return role.part === null
              ? t('reportsPlots.table.exterior')
              : t('reportsPlots.table.exteriorPart', { part: role.part });
          case 'hole':
            return role.part === null
              ? t('reportsPlots.table.hole', { hole: role.hole })
              : t('reportsPlots.table.holePart', { part: role.part, hole: role.hole });
          default: {
            const never: never = role;
            throw new Error(`Unknown ring ${JSON.stringify(never)}`);
          }
        }
      },
    }),
    [t],
  );
}
