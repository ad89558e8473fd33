import type { ActionStatus } from '../../../../shared/domain/plan.js';
import { assertNever } from '../../../lib/assert-never.js';

/**
 * The timeline's marks as drawn shapes, not characters (◐ is missing from
 * many fonts): the same shapes as the screen (OrgTimeline) so the printed
 * grid reads in black and white: ○ planned, ◐ in progress, ● done, × dropped;
 * a late action carries a "!" beside its shape.
 */
function shape(status: ActionStatus) {
  switch (status) {
    case 'planned':
      return <circle cx={6} cy={6} r={4.3} fill="#fff" stroke="#000" strokeWidth={1.2} />;
    case 'in_progress':
      return (
        <>
          <circle cx={6} cy={6} r={4.3} fill="#fff" stroke="#000" strokeWidth={1.2} />
          <path d="M6,1.7 A4.3,4.3 0 0 1 6,10.3 Z" fill="#000" />
        </>
      );
    case 'done':
      return <circle cx={6} cy={6} r={4.3} fill="#000" stroke="#000" strokeWidth={1.2} />;
    case 'dropped':
      return <path d="M2.5,2.5 L9.5,9.5 M9.5,2.5 L2.5,9.5" stroke="#000" strokeWidth={1.5} />;
    default:
      return assertNever(status, 'action status');
  }
}

export function StatusMark({ status, late = false }: { status: ActionStatus; late?: boolean }) {
  return (
    <svg
      className="org-report-mark"
      width={late ? '13pt' : '8pt'}
      height="8pt"
      viewBox={`0 0 ${late ? 20 : 12} 12`}
      aria-hidden="true"
    >
      {shape(status)}
      {late && (
        <text x={16} y={10.5} textAnchor="middle" fontFamily="'Noto Sans', sans-serif" fontSize={12} fontWeight={700}>
          !
        </text>
      )}
    </svg>
  );
}
