import { useTranslation } from 'react-i18next';
import type { Producer } from '../../../shared/domain/producer.js';
import { useFormat } from '../../i18n/use-format.js';

/** The family's data as a definition list; empty fields say "—" rather than disappear. */
export function ProducerFacts({ producer }: { producer: Producer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const notSet = t('common.notSet');
  const certifications = producer.certifications.map((c) => t(`certifications.names.${c}`)).join(', ');
  const facts: [string, string, string][] = [
    ['memberCode', t('producerForm.fields.memberCode'), producer.memberCode],
    ['dni', t('producerForm.fields.dni'), producer.dni ?? notSet],
    ['gender', t('producerForm.fields.gender'), t(`genders.${producer.gender}`)],
    [
      'birthYear',
      t('producerForm.fields.birthYear'),
      // A year, not a quantity: no thousands separator ("1975", not "1,975").
      producer.birthYear === null ? notSet : format.number(producer.birthYear, { useGrouping: false }),
    ],
    [
      'householdSize',
      t('producerForm.fields.householdSize'),
      producer.householdSize === null ? notSet : format.number(producer.householdSize),
    ],
    ['phone', t('producerForm.fields.phone'), producer.phone || notSet],
    ['community', t('producerForm.fields.community'), producer.community || notSet],
    ['district', t('producerForm.fields.district'), producer.district || notSet],
    ['certifications', t('producerForm.fields.certifications'), certifications || notSet],
  ];
  return (
    <section className="card" aria-labelledby="producer-facts-heading">
      <h3 id="producer-facts-heading">{t('producerPage.factsTitle')}</h3>
      <dl className="facts facts-grid" data-testid="producer-facts">
        {facts.map(([key, label, value]) => (
          <div className="fact" key={key} data-fact={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {producer.notes.trim() !== '' && (
        <div className="fact fact-notes">
          <p className="fact-label">{t('producerForm.fields.notes')}</p>
          <p className="producer-notes">{producer.notes}</p>
        </div>
      )}
    </section>
  );
}
