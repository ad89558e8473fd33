import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plot } from '../../../shared/domain/plot.js';
import { useApiContext } from '../../api/api-context.js';
import type { Toast } from './UndoToast.js';

/**
 * Delete with undo: `plots.remove` tombstones the plot, the toast offers
 * "Deshacer" which calls `plots.restore`. Errors become the toast's message.
 */
export function usePlotDeletion(onRestored: (plotId: string) => void) {
  const { t } = useTranslation();
  const { api, invalidate } = useApiContext();
  const [toast, setToast] = useState<Toast | null>(null);
  const dismiss = useCallback(() => setToast(null), []);

  const remove = async (plot: Plot): Promise<boolean> => {
    try {
      await api.plots.remove({ id: plot.id });
    } catch {
      setToast({ message: t('plots.toast.deleteFailed', { name: plot.name }) });
      return false;
    }
    invalidate();
    const undo = () => {
      setToast(null);
      api.plots.restore({ id: plot.id }).then(
        () => {
          invalidate();
          onRestored(plot.id);
          setToast({ message: t('plots.toast.restored', { name: plot.name }) });
        },
        () => setToast({ message: t('plots.toast.restoreFailed', { name: plot.name }) }),
      );
    };
    setToast({ message: t('plots.toast.deleted', { name: plot.name }), undo });
    return true;
  };

  return { toast, setToast, dismiss, remove };
}
