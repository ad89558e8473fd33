/**
 * The catalogue lives inside *Planes* (whose section owns the routing):
 * `#/planes/catalogo` shows CataloguePage, which needs no props.
 */
export const catalogueHref = '#/planes/catalogo';
export const plansHref = '#/planes';
