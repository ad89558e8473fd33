import { PresentationBar } from './presentation/PresentationBar.js';
import { usePresentationShortcuts } from './presentation/use-presentation-shortcuts.js';
import { TourOverlay } from './tour/TourOverlay.js';

/**
 * What the Taller adds to every section, mounted once in the app frame:
 * presentation mode's slim bar and shortcuts, and the guided tour's layer
 * (which must outlive the pages it moves between).
 */
export function WorkshopOverlays() {
  usePresentationShortcuts();
  return (
    <>
      <PresentationBar />
      <TourOverlay />
    </>
  );
}
