import { useTranslation } from 'react-i18next';

export interface Signer {
  /** What they sign as: "Productor(a)", "Técnico(a) de campo". */
  readonly role: string;
  /** Printed under the line when known; otherwise a blank to fill by hand. */
  readonly name?: string | null;
}

/** Lines to sign on paper, each with the role, the name (or a blank), DNI and date blanks; never split. */
export function SignatureLines({ signers, columns = 2 }: { signers: readonly Signer[]; columns?: number }) {
  const { t } = useTranslation();
  return (
    <div className="print-signatures" style={{ ['--print-signature-columns' as string]: columns }}>
      {signers.map((signer, index) => (
        <div key={index} className="print-signature">
          <span className="print-signature-role">{signer.role}</span>
          <span className="print-signature-line">
            {t('printKit.signature.name')}:{' '}
            {signer.name && signer.name !== '' ? signer.name : '________________________'}
          </span>
          <span className="print-signature-line">{t('printKit.signature.dni')}: ________________</span>
          <span className="print-signature-line">{t('printKit.signature.date')}: ____ / ____ / ________</span>
        </div>
      ))}
    </div>
  );
}
