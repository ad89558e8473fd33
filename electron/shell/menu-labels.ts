/** The application menu's words, kept apart from `electron` so tests can read them. */
export type MenuLanguage = 'es' | 'en';

export interface MenuLabels {
  file: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  help: string;
  about: string;
}

export const menuLabels: Readonly<Record<MenuLanguage, MenuLabels>> = {
  es: {
    file: 'Archivo',
    quit: 'Salir',
    edit: 'Editar',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    reload: 'Recargar',
    toggleDevTools: 'Herramientas de desarrollo',
    resetZoom: 'Tamaño real',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    toggleFullScreen: 'Pantalla completa',
    help: 'Ayuda',
    about: 'Acerca de Cafetal',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',
    help: 'Help',
    about: 'About Cafetal',
  },
};

/** `app.getLocale()` gives `es`, `es-PE`, `es-419`…: any Spanish gets Spanish, the rest English. */
export function menuLanguageFor(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}
