/** Certifications an organisation holds or a family works under (DOMAIN.md "Green markets"). */
export const certifications = [
  'organico_ue',
  'organico_usda',
  'fairtrade',
  'rainforest_alliance',
  'cafe_practices',
  'otra',
] as const;
export type Certification = (typeof certifications)[number];
