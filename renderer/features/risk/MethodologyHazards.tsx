import { useTranslation } from 'react-i18next';
import type { ClimateModelParams } from '../../../shared/climate/model-params.js';
import { useFormat } from '../../i18n/use-format.js';
import { useProvenance } from './use-provenance.js';

/** Each hazard's rule in words, with the values in use and where they come from. */
export function MethodologyHazards({ params }: { params: ClimateModelParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const provenance = useProvenance();
  const n = (value: number) => format.number(value);
  const { thermal, rust, borer, frost, drought } = params;
  const maxScore =
    rust.temperatureMaxPoints +
    Math.max(...Object.values(rust.varietyPoints)) +
    Math.max(rust.assumedWetnessPoints, ...Object.values(rust.wetnessPoints)) +
    Math.max(0, rust.denseShadePoints);
  return (
    <>
      <section className="methodology-section">
        <h3>{t('methodology.thermal.title')}</h3>
        <p>{t('methodology.thermal.rule', { min: n(thermal.optimumMinC), max: n(thermal.optimumMaxC) })}</p>
        <p className="methodology-source">{provenance.sources('thermal.optimumMinC')}</p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.rust.title')}</h3>
        <p>
          {t('methodology.rust.rule', {
            maxScore: n(maxScore),
            temperaturePoints: n(rust.temperatureMaxPoints),
            optimum: n(rust.optimumC),
            min: n(rust.minC),
            max: n(rust.maxC),
            susceptible: n(rust.varietyPoints.susceptible),
            medium: n(rust.varietyPoints.medium),
            resistant: n(rust.varietyPoints.resistant),
            dry: n(rust.wetnessPoints.dry),
            moderate: n(rust.wetnessPoints.moderate),
            wet: n(rust.wetnessPoints.wet),
            assumed: n(rust.assumedWetnessPoints),
            shadePct: n(rust.denseShadePct),
            shadePoints: n(rust.denseShadePoints),
          })}
        </p>
        <p className="methodology-source">{provenance.sources('rust.optimumC')}</p>
        <p>{t('methodology.rust.shadeNote')}</p>
        <p className="field-hint">{provenance.note('rust.wetRainfallMm')}</p>
        <p className="field-hint">{provenance.note('rust.wetHumidityPct')}</p>
        <h4>{t('methodology.rust.varietiesTitle')}</h4>
        <table className="data-table methodology-narrow" data-testid="methodology-varieties">
          <thead>
            <tr>
              <th scope="col">{t('methodology.rust.columns.variety')}</th>
              <th scope="col">{t('methodology.rust.columns.class')}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(rust.varieties).map(([variety, susceptibility]) => (
              <tr key={variety}>
                <th scope="row">{variety}</th>
                <td>{t(`risk.susceptibility.${susceptibility}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="field-hint">
          {provenance.note('rust.varieties')} ({provenance.sources('rust.varieties')})
        </p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.borer.title')}</h3>
        <p>
          {t('methodology.borer.rule', {
            min: n(borer.minC),
            max: n(borer.maxC),
            ratePct: n(Math.round(borer.growthPerC * 1000) / 10),
          })}
        </p>
        <p className="methodology-formula">
          <code>{t('methodology.borer.formula', { rate: n(borer.growthPerC) })}</code>
        </p>
        <p className="methodology-source">{provenance.sources('borer.growthPerC')}</p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.frost.title')}</h3>
        <p>
          {t('methodology.frost.rule', {
            altitudeM: n(frost.frostAltitudeM),
            level: t(`risk.levels.${frost.altitudeMinLevel}`),
          })}
        </p>
        <p className="methodology-source">{provenance.sources('frost.frostAltitudeM')}</p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.drought.title')}</h3>
        <p>
          {t('methodology.drought.rule', {
            min: n(drought.rainfallCutoffsMm.medio),
            deficit: n(drought.waterDeficitCutoffsMm.medio),
          })}
        </p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.landslide.title')}</h3>
        <p>{t('methodology.landslide.rule')}</p>
        <p className="field-hint">{provenance.note('landslide.slopeCutoffsPct')}</p>
      </section>

      <section className="methodology-section">
        <h3>{t('methodology.layers.title')}</h3>
        <p>{t('methodology.layers.rule')}</p>
      </section>
    </>
  );
}
