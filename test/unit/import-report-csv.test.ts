import { describe, expect, it } from 'vitest';
import type { FeatureVerdict } from '../../shared/domain/import.js';
import { importReportCsv } from '../../shared/import/report-csv.js';

const row = (over: Partial<FeatureVerdict>): FeatureVerdict => ({
  index: 0,
  layer: null,
  plotName: 'La Loma',
  verdict: 'imported',
  reasons: [],
  areaHa: 1.23456,
  producerCode: 'A-1',
  producerName: 'Rosa Díaz',
  producerIsNew: false,
  ...over,
});

describe('import report CSV', () => {
  it('writes a BOM, a header and one quoted row per feature with reasons in words and codes', () => {
    const csv = importReportCsv(
      [
        row({}),
        row({
          index: 1,
          plotName: 'Lindero, "cruzado"',
          verdict: 'rejected',
          areaHa: null,
          reasons: [{ code: 'SELF_INTERSECTION', level: 'error', params: { count: 1 } }],
        }),
      ],
      (reason) => `motivo ${reason.code}`,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('feature,layer,plot,verdict,producer_code,producer,area_ha,reason_codes,reasons');
    expect(lines[1]).toBe('1,,La Loma,imported,A-1,Rosa Díaz,1.2346,,');
    expect(lines[2]).toBe(
      '2,,"Lindero, ""cruzado""",rejected,A-1,Rosa Díaz,,SELF_INTERSECTION,motivo SELF_INTERSECTION',
    );
  });

  it('defuses names that a spreadsheet would run as formulas', () => {
    const csv = importReportCsv([row({ plotName: '=HYPERLINK("http://x")', producerName: '+51 999' })], () => '');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain("'+51 999");
  });
});
