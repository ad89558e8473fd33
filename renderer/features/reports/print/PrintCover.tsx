import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/domain/organisation.js';
import { PrintFacts } from './PrintSection.js';
import { usePrintPiece } from './print-ready.js';
import type { PrintPieceState } from './print-ready.js';

export interface PrintCoverProps {
  readonly organisation: Pick<Organisation, 'name' | 'logoDataUrl'> &
    Partial<Pick<Organisation, 'ruc' | 'region' | 'province' | 'district'>>;
  /** "Plan de finca", "Plan de resiliencia de la organización". */
  readonly title: string;
  /** Whom or what it is about: the family, the organisation. */
  readonly subject?: string;
  /** Already formatted: "2026–2030". */
  readonly period?: string;
  readonly version?: number;
  /** Already formatted: "4 de marzo de 2026". */
  readonly date: string;
  /** More facts under the standard ones (scenario, approval…). */
  readonly facts?: readonly { label: ReactNode; value: ReactNode }[];
  /** At the foot of the cover (a note, the approval). */
  readonly children?: ReactNode;
}

/** The organisation's logo; the print waits until it has decoded (a data URL, still asynchronous). */
function CoverLogo({ src, alt }: { src: string; alt: string }) {
  const [state, setState] = useState<PrintPieceState>('pending');
  usePrintPiece('cover-logo', state);
  return (
    <img
      className="print-cover-logo"
      src={src}
      alt={alt}
      onLoad={() => setState('done')}
      // A broken logo must not stop the report: it is left out, the name is printed anyway.
      onError={() => setState('done')}
    />
  );
}

/** The first page: organisation (logo, name, RUC, place), the report's title and subject, period, version, date. */
export function PrintCover({
  organisation,
  title,
  subject,
  period,
  version,
  date,
  facts = [],
  children,
}: PrintCoverProps) {
  const { t } = useTranslation();
  const place = [organisation.district, organisation.province, organisation.region].filter((p) => p).join(', ');
  const coverFacts = [
    ...(period !== undefined ? [{ label: t('printKit.cover.period'), value: period }] : []),
    ...(version !== undefined ? [{ label: t('printKit.cover.version'), value: String(version) }] : []),
    { label: t('printKit.cover.date'), value: date },
    ...facts,
  ];
  return (
    <section className="print-cover" data-testid="print-cover">
      <div className="print-cover-org">
        {organisation.logoDataUrl && (
          <CoverLogo src={organisation.logoDataUrl} alt={t('printKit.cover.logo', { name: organisation.name })} />
        )}
        <div>
          <div className="print-cover-org-name">{organisation.name}</div>
          {organisation.ruc && (
            <div className="print-cover-org-detail">{t('printKit.cover.ruc', { ruc: organisation.ruc })}</div>
          )}
          {place !== '' && <div className="print-cover-org-detail">{place}</div>}
        </div>
      </div>
      <div className="print-cover-title">
        <h1>{title}</h1>
        {subject !== undefined && <p className="print-cover-subject">{subject}</p>}
      </div>
      <div className="print-cover-facts">
        <PrintFacts facts={coverFacts} columns={1} />
      </div>
      {children !== undefined && <div className="print-cover-extra">{children}</div>}
    </section>
  );
}
