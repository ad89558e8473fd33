import type { ReactNode } from 'react';

export interface PrintSectionProps {
  readonly title: ReactNode;
  readonly children: ReactNode;
  /** A sentence under the heading, kept on the heading's page. */
  readonly intro?: ReactNode;
  /** Start on a new page (big sections: the map, the measures). */
  readonly pageBreak?: boolean;
  /** Never split (short sections: the facts, the signatures). */
  readonly keepTogether?: boolean;
  readonly testId?: string;
}

/** A numbered-free report section: a rule-underlined heading that never ends a page alone. */
export function PrintSection({ title, children, intro, pageBreak, keepTogether, testId }: PrintSectionProps) {
  const className = ['print-section', pageBreak ? 'page-break' : '', keepTogether ? 'keep-together' : '']
    .filter((name) => name !== '')
    .join(' ');
  return (
    <section className={className} data-testid={testId}>
      <div className="print-section-head">
        <h2>{title}</h2>
        {intro !== undefined && <p className="print-section-intro">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

/** Label–value pairs in columns (a family's data, a plan's period). */
export function PrintFacts({
  facts,
  columns = 2,
}: {
  facts: readonly { label: ReactNode; value: ReactNode }[];
  columns?: number;
}) {
  return (
    <dl className="print-facts" style={{ ['--print-facts-columns' as string]: columns }}>
      {facts.map((fact, index) => (
        <div key={index}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
