import type { ExchangeStatus } from '../../../shared/api/exchange.js';
import { ExportPackageCard } from './ExportPackageCard.js';
import { ImportPackageCard } from './ImportPackageCard.js';
import { ThisLaptopCard } from './ThisLaptopCard.js';

/** The first view of *Intercambio*: who this laptop is, then the two directions a package goes. */
export function PackagesPage({ status }: { status: ExchangeStatus }) {
  return (
    <div className="exchange-stack">
      <ThisLaptopCard status={status} />
      <ExportPackageCard status={status} />
      <ImportPackageCard demo={status.demo} />
    </div>
  );
}
