import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTarget } from '../../../../shared/api/reports.js';
import type { Locale } from '../../../../shared/domain/settings.js';
import { useApi } from '../../../api/api-context.js';
import { useJob } from '../../../api/use-job.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { JobProgressBar } from '../../../components/JobProgressBar.js';
import { useActiveOrganisation } from '../../../shell/active-organisation.js';
import { bytesFromBase64, downloadBlob } from '../../export/download-file.js';
import { usePlans, useProducers } from '../../plans/use-plan-queries.js';
import './reports-section.css';

type Kind = ReportTarget['kind'];

/**
 * Informes: choose a report and its subject, produce the PDF (a job with
 * progress and cancel) and save it. The same print route as the CLI's
 * `cafetal report …`, printed by Chromium (browser mode) or Electron.
 */
export function ReportsSection() {
  const { t, i18n } = useTranslation();
  const { organisationId } = useActiveOrganisation();
  if (!organisationId) {
    return (
      <div className="page" data-testid="section-informes">
        <header className="page-header">
          <h1>{t('reports.title')}</h1>
        </header>
        <p className="notice">{t('reportsSection.chooseOrganisation')}</p>
      </div>
    );
  }
  return <ReportsForm key={organisationId} organisationId={organisationId} defaultLocale={i18n.language as Locale} />;
}

function ReportsForm({ organisationId, defaultLocale }: { organisationId: string; defaultLocale: Locale }) {
  const { t } = useTranslation();
  const api = useApi();
  const plans = usePlans(organisationId);
  const producers = useProducers(organisationId);
  const [kind, setKind] = useState<Kind>('farm-plan');
  const [subject, setSubject] = useState('');
  const [locale, setLocale] = useState<Locale>(defaultLocale === 'en' ? 'en' : 'es-PE');
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  const job = useJob(
    (target: ReportTarget, options) => api.reports.download({ target, locale }, options),
    (result) => {
      const blob = new Blob([bytesFromBase64(result.dataBase64)], { type: 'application/pdf' });
      downloadBlob(blob, result.fileName);
      // Kept to open the PDF in the browser's viewer right away (the desktop app saves it instead).
      setPdfUrl(URL.createObjectURL(blob));
    },
  );
  useEffect(
    () => () => {
      if (pdfUrl) URL.revokeObjectURL(pdfUrl);
    },
    [pdfUrl],
  );

  const options = useMemo((): { value: string; label: string }[] => {
    const planList = plans.status === 'ready' ? plans.data : [];
    if (kind === 'farm-plan') {
      return planList
        .filter((p) => p.kind === 'farm')
        .map((p) => ({ value: p.id, label: `${p.producerName ?? ''} · ${p.title} · v${p.version}` }));
    }
    if (kind === 'org-plan') {
      return planList
        .filter((p) => p.kind === 'organisation')
        .map((p) => ({ value: p.id, label: `${p.title} · v${p.version}` }));
    }
    const families = producers.status === 'ready' ? producers.data : [];
    return [
      { value: `org:${organisationId}`, label: t('reportsSection.allPlots') },
      ...families.map((p) => ({ value: p.id, label: p.names })),
    ];
  }, [kind, plans, producers, organisationId, t]);

  const chosen = options.some((o) => o.value === subject) ? subject : (options[0]?.value ?? '');
  const target = ((): ReportTarget | null => {
    if (!chosen) return null;
    if (kind === 'plot-sheets') {
      return chosen.startsWith('org:') ? { kind, organisationId: chosen.slice(4) } : { kind, producerId: chosen };
    }
    return { kind, planId: chosen };
  })();
  const running = job.state.phase === 'running';

  return (
    <div className="page reports-section" data-testid="section-informes">
      <header className="page-header">
        <h1>{t('reports.title')}</h1>
        <p className="page-intro">{t('reportsSection.intro')}</p>
      </header>
      <form
        className="reports-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (target) void job.start(target);
        }}
      >
        <fieldset>
          <legend>{t('reportsSection.kind')}</legend>
          {(['farm-plan', 'org-plan', 'plot-sheets'] as const).map((k) => (
            <label key={k} className="reports-kind">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                data-testid={`report-kind-${k}`}
              />
              <span>
                <strong>{t(`reportsSection.kinds.${k}.name`)}</strong>
                <span className="muted">{t(`reportsSection.kinds.${k}.description`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="report-subject">{t(`reportsSection.subject.${kind}`)}</label>
          <select
            id="report-subject"
            value={chosen}
            onChange={(event) => setSubject(event.currentTarget.value)}
            data-testid="report-subject"
          >
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          {options.length === 0 && <p className="muted">{t(`reportsSection.none.${kind}`)}</p>}
        </div>
        <div className="field">
          <label htmlFor="report-locale">{t('reportsSection.language')}</label>
          <select
            id="report-locale"
            value={locale}
            onChange={(event) => setLocale(event.currentTarget.value as Locale)}
            data-testid="report-locale"
          >
            <option value="es-PE">Español (Perú)</option>
            <option value="en">English</option>
          </select>
        </div>
        <div className="reports-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={!target || running}
            data-testid="report-generate"
            data-tour="report-generate"
          >
            {t('reportsSection.generate')}
          </button>
          {running && (
            <button type="button" className="button" onClick={job.cancel} data-testid="report-cancel">
              {t('reportsSection.cancel')}
            </button>
          )}
        </div>
      </form>
      {job.state.phase === 'running' && (
        <JobProgressBar progress={job.state.progress} label={t('reportsSection.producing')} testId="report-progress" />
      )}
      {job.state.phase === 'done' && (
        <p className="notice notice-success" role="status" data-testid="report-result">
          {t('reportsSection.done', {
            fileName: job.state.value.fileName,
            pages: job.state.value.pages,
            seconds: (job.state.value.durationMs / 1000).toFixed(1),
          })}{' '}
          {pdfUrl && (
            <a href={pdfUrl} target="_blank" rel="noopener noreferrer" data-testid="report-open">
              {t('reportsSection.open')}
            </a>
          )}
        </p>
      )}
      {job.state.phase === 'cancelled' && (
        <p className="notice" role="status">
          {t('reportsSection.cancelled')}
        </p>
      )}
      {job.state.phase === 'failed' && <ErrorNotice error={job.state.error} />}
    </div>
  );
}
