import './import-wizard.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.js';
import { assertNever } from '../../lib/assert-never.js';
import { useActiveOrganisation } from '../../shell/active-organisation.js';
import { NeedsOrganisation } from '../producers/NeedsOrganisation.js';
import { CrsStep } from './CrsStep.js';
import { FileStep } from './FileStep.js';
import { ImportRun } from './ImportRun.js';
import { MappingStep } from './MappingStep.js';
import { PreviewStatus } from './PreviewStatus.js';
import { PreviewStep } from './PreviewStep.js';
import { ProducersStep } from './ProducersStep.js';
import { ReviewStep } from './ReviewStep.js';
import { useImportCommit } from './use-import-commit.js';
import { useImportFile } from './use-import-file.js';
import type { CsvOptions, OpenedImport } from './use-import-file.js';
import { useImportPreview } from './use-import-preview.js';
import { VerdictLegend } from './VerdictLegend.js';
import type { ImportChoices } from './use-import-preview.js';
import { WizardSteps, wizardSteps } from './WizardSteps.js';
import type { WizardStep } from './WizardSteps.js';

/** `#/productores/importar`: the import wizard for the active organisation (issue #4). */
export function ImportWizard() {
  const { t } = useTranslation();
  const { organisation, organisations, status } = useActiveOrganisation();
  if (status === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (!organisation) return <NeedsOrganisation hasOrganisations={organisations.length > 0} />;
  // A fresh wizard per organisation: the preview matches that organisation's producers and plots.
  return <Wizard key={organisation.id} organisationId={organisation.id} organisationName={organisation.name} />;
}

const noChoices: ImportChoices = { crsCode: null, mapping: {}, defaultProducerId: null };

/** What the wizard starts from for a new file: the file's own CRS unless it must be asked, and the best mapping known. */
const initialChoices = (opened: OpenedImport): ImportChoices => ({
  crsCode: opened.crs.needsChoice ? opened.crs.suggestedCode : null,
  mapping: opened.mapping.remembered ?? opened.mapping.suggested,
  defaultProducerId: null,
});

function Wizard({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const file = useImportFile(organisationId);
  const commit = useImportCommit();
  const [step, setStep] = useState<WizardStep>('file');
  const [choices, setChoices] = useState<ImportChoices>(noChoices);
  const [selectedRow, setSelectedRow] = useState<number | null>(null);
  const opened = file.state.phase === 'opened' ? file.state.opened : null;
  const preview = useImportPreview(opened?.importId ?? null, organisationId, choices);
  const result = preview.result;
  const writing = commit.state.phase === 'running' || commit.state.phase === 'done';
  const stepIndex = wizardSteps.indexOf(step);

  async function choose(chosen: File, csv?: CsvOptions): Promise<void> {
    commit.reset();
    setSelectedRow(null);
    setStep('file');
    const next = await file.open(chosen, csv);
    if (!next) return;
    setChoices(initialChoices(next));
    setStep('preview');
  }

  function startImport(): void {
    if (!opened) return;
    setStep('import');
    void commit.start({ importId: opened.importId, organisationId, ...choices });
  }

  function another(): void {
    commit.reset();
    file.reset();
    setChoices(noChoices);
    setSelectedRow(null);
    setStep('file');
  }

  const canOpen = (target: WizardStep): boolean =>
    !writing && target !== 'import' && (target === 'file' || opened !== null);
  const toImport = result ? result.counts.imported + result.counts.warnings : 0;
  const waiting = <p className="muted">{t('importWizard.preview.waiting')}</p>;

  function content() {
    if (step === 'file' || !opened) return <FileStep state={file.state} onChoose={(f, csv) => void choose(f, csv)} />;
    switch (step) {
      case 'preview':
        return <PreviewStep opened={opened} result={result} selectedRow={selectedRow} onSelect={setSelectedRow} />;
      case 'crs':
        return (
          <CrsStep
            opened={opened}
            crsCode={choices.crsCode}
            onChange={(crsCode) => setChoices({ ...choices, crsCode })}
            used={result?.crs ?? null}
          />
        );
      case 'mapping':
        return <MappingStep opened={opened} organisationId={organisationId} choices={choices} onChange={setChoices} />;
      case 'producers':
        return result ? <ProducersStep result={result} /> : waiting;
      case 'review':
        return result ? <ReviewStep result={result} fileName={opened.fileName} /> : waiting;
      case 'import':
        return (
          <ImportRun
            state={commit.state}
            onCancel={commit.cancel}
            onBack={() => setStep('review')}
            onAnother={another}
          />
        );
      default:
        return assertNever(step, 'import wizard step');
    }
  }

  const showStatus = opened !== null && step !== 'file' && step !== 'import';
  // A CRS or a column changed: the new counts show right there, not only at the review.
  const showCounts = result !== null && (step === 'crs' || step === 'mapping');
  const previous = wizardSteps[stepIndex - 1];
  const next = wizardSteps[stepIndex + 1];
  return (
    <div className="import-wizard" data-testid="import-wizard" data-step={step}>
      <header className="import-header">
        <h2 className="visually-hidden">{t('importWizard.title')}</h2>
        <p className="page-intro">{t('importWizard.intro', { organisation: organisationName })}</p>
      </header>
      <WizardSteps current={step} canOpen={canOpen} onOpen={setStep} />
      {showStatus && <PreviewStatus preview={preview} onChooseCrs={() => setStep('crs')} />}
      {content()}
      {showCounts && (
        <div className="wizard-counts">
          <p>{t('importWizard.countsNow')}</p>
          <VerdictLegend counts={result.counts} />
        </div>
      )}
      {showStatus && (
        <div className="wizard-footer">
          {previous && (
            <button type="button" className="button" onClick={() => setStep(previous)} data-testid="import-back">
              {t('importWizard.back')}
            </button>
          )}
          {step === 'review' ? (
            <button
              type="button"
              className="button button-primary"
              onClick={startImport}
              disabled={!preview.fresh || toImport === 0}
              data-testid="import-commit"
            >
              {t('importWizard.importPlots', { count: toImport, total: format.number(toImport) })}
            </button>
          ) : (
            next && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setStep(next)}
                disabled={result === null}
                data-testid="import-next"
              >
                {t('importWizard.next')}
              </button>
            )
          )}
        </div>
      )}
    </div>
  );
}
