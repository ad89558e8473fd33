import './styles/base.css';
import './styles/shell.css';
import './styles/content.css';
import './styles/map.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/api-context.js';
import { createDefaultApi } from './api/default-api.js';
import { App } from './App.js';
import { i18n } from './i18n/i18n.js';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element.');

createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider api={createDefaultApi()}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
