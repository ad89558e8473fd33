import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import type { PreviewResult } from './use-import-preview.js';

/** Rows drawn in the list of new producers; the CSV report has all of them. */
const LIST_LIMIT = 500;

function producerSummary(result: PreviewResult) {
  const existing = new Set<string>();
  let withoutProducer = 0;
  let inOtherOrganisation = 0;
  for (const verdict of result.verdicts) {
    if (verdict.producerCode !== null && !verdict.producerIsNew) existing.add(verdict.producerCode.toLowerCase());
    if (verdict.reasons.some((reason) => reason.code === 'NO_PRODUCER')) withoutProducer += 1;
    if (verdict.reasons.some((reason) => reason.code === 'PRODUCER_IN_OTHER_ORGANISATION')) inOtherOrganisation += 1;
  }
  return { existing: existing.size, withoutProducer, inOtherOrganisation };
}

/**
 * Step 5: whose plots these are. Producers are matched by member code, then
 * DNI, then exact name (docs/import-export.md); the ones not found are
 * created once, and listed here before anything is written.
 */
export function ProducersStep({ result }: { result: PreviewResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useMemo(() => producerSummary(result), [result]);
  const toCreate = result.producersToCreate;
  const count = (value: number) => ({ count: value, total: format.number(value) });
  return (
    <section className="import-step" aria-labelledby="import-step-heading">
      <h2 id="import-step-heading">{t('importWizard.producers.title')}</h2>
      <p className="page-intro">{t('importWizard.producers.intro')}</p>
      <ul className="import-facts">
        <li data-testid="import-producers-existing" data-count={summary.existing}>
          {t('importWizard.producers.existing', count(summary.existing))}
        </li>
        <li data-testid="import-producers-new" data-count={toCreate.length}>
          {t('importWizard.producers.new', count(toCreate.length))}
        </li>
        {summary.withoutProducer > 0 && (
          <li className="fact-problem" data-testid="import-producers-missing">
            {t('importWizard.producers.missing', count(summary.withoutProducer))}
          </li>
        )}
        {summary.inOtherOrganisation > 0 && (
          <li className="fact-problem" data-testid="import-producers-other-organisation">
            {t('importWizard.producers.otherOrganisation', count(summary.inOtherOrganisation))}
          </li>
        )}
      </ul>
      {toCreate.length > 0 && (
        <div className="import-list-scroll">
          <table className="data-table" data-testid="import-producers-list">
            <caption className="visually-hidden">{t('importWizard.producers.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('importWizard.producers.memberCode')}</th>
                <th scope="col">{t('importWizard.producers.names')}</th>
                <th scope="col">{t('importWizard.producers.dni')}</th>
              </tr>
            </thead>
            <tbody>
              {toCreate.slice(0, LIST_LIMIT).map((producer) => (
                <tr key={producer.memberCode} data-testid="import-new-producer">
                  <td>{producer.memberCode}</td>
                  <th scope="row">{producer.names}</th>
                  <td>{producer.dni ?? t('common.notSet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {toCreate.length > LIST_LIMIT && (
            <p className="muted">{t('importWizard.producers.more', count(toCreate.length - LIST_LIMIT))}</p>
          )}
        </div>
      )}
    </section>
  );
}
