import type { CliLanguage } from './messages.js';

const usage: Record<CliLanguage, string> = {
  es: `Uso: cafetal <comando> [opciones]

Comandos:
  info                          Ruta de la base de datos, versión del esquema y conteos
  organisations list            Lista las organizaciones
  organisations create --name N --type cooperativa|asociacion|empresa|otra
                       [--region R] [--province P] [--district D] [--contact C]
  backup [-o ARCHIVO]           Copia de seguridad (en backups/, o en ARCHIVO)
  restore ARCHIVO [--yes]       Revisa una copia, la compara con los datos actuales y la restaura
  synthetic --plots N [--families N] [--organisations N] [--seed N]
                                Datos SINTÉTICOS para pruebas de escala (nunca en datos reales)
  demo load                     Crea (si falta) la base de datos de demostración y muestra su ruta y conteos
  demo reset                    La vuelve a crear: se pierden los cambios hechos en ella
  import ARCHIVO --org NOMBRE [--crs EPSG:n] [--map campo=columna …] [--dry-run]
                                Importa parcelas (GeoJSON, KML/KMZ, GPX, Shapefile .zip, CSV, GeoPackage)
  export geojson|kml|csv|gpkg|shp|eudr --org NOMBRE -o ARCHIVO [--small-plots point|polygon]
                                Exporta las parcelas de una organización
  layers add ARCHIVO --hazard TIPO [--class-field CAMPO --map valor=Nivel …] [--name N]
             [--source S] [--date D] [--licence L] [--scenario ID] [--unit U] [--ramp R] [--crs EPSG:n]
                                Añade una capa de peligro (vectorial o GeoTIFF de una banda)
  layers list                   Lista las capas
  basemaps add ARCHIVO [--name N]
                                Añade un mapa base sin conexión (MBTiles, PMTiles o imagen GeoTIFF RGB)
  basemaps list                 Lista los mapas base con su zoom y cobertura (* el activo)
  analyse --org NOMBRE [--scenario baseline|2030|2050_moderate|2050_high] [--force]
                                Analiza el riesgo climático e imprime los niveles de cada parcela
  plans list --org NOMBRE       Lista los planes (de finca y de la organización)
  plans show ID                 Un plan: acciones, presupuesto por año y fuente, proyección de ingreso
  report farm-plan --plan ID -o ARCHIVO.pdf
  report org-plan --org NOMBRE -o ARCHIVO.pdf
  report plot-sheets (--producer ID | --org NOMBRE) -o ARCHIVO.pdf
                                Informe PDF (con Chromium del sistema; --lang en para inglés)
  package export -o ARCHIVO [--since-last-exchange-with ID] [--include-rasters]
                                Paquete .cafetal firmado con el trabajo de esta laptop (todo, o lo nuevo para ID)
  package inspect ARCHIVO       Revisa un paquete y dice qué traería (nuevos, cambiados, eliminados, conflictos)
  package import ARCHIVO [--dry-run]
                                Une un paquete en una sola transacción (--dry-run: solo simula)
  package status                Esta laptop (nombre, huella, red), las laptops conocidas y los conflictos

Opciones:
  --db RUTA     Base de datos a usar (si no, CAFETAL_DB o la carpeta de datos)
  --demo        Usar la demostración (carpeta de datos/demo/) en lugar de los datos reales
  --json        Salida JSON estable para scripts
  --lang es|en  Idioma de los mensajes
  -h, --help    Esta ayuda`,
  en: `Usage: cafetal <command> [options]

Commands:
  info                          Database path, schema version and row counts
  organisations list            List organisations
  organisations create --name N --type cooperativa|asociacion|empresa|otra
                       [--region R] [--province P] [--district D] [--contact C]
  backup [-o FILE]              Back up the database (into backups/, or to FILE)
  restore FILE [--yes]          Check a backup, compare it with the current data and restore it
  synthetic --plots N [--families N] [--organisations N] [--seed N]
                                SYNTHETIC data for scale tests (never on real data)
  demo load                     Make the demo database if missing; print its path and counts
  demo reset                    Make it again: changes made in it are lost
  import FILE --org NAME [--crs EPSG:n] [--map field=column …] [--dry-run]
                                Import plots (GeoJSON, KML/KMZ, GPX, zipped Shapefile, CSV, GeoPackage)
  export geojson|kml|csv|gpkg|shp|eudr --org NAME -o FILE [--small-plots point|polygon]
                                Export an organisation's plots
  layers add FILE --hazard TYPE [--class-field FIELD --map value=Level …] [--name N]
             [--source S] [--date D] [--licence L] [--scenario ID] [--unit U] [--ramp R] [--crs EPSG:n]
                                Add a hazard layer (vector, or single-band GeoTIFF)
  layers list                   List layers
  basemaps add FILE [--name N]  Add an offline basemap (MBTiles, PMTiles or RGB GeoTIFF image)
  basemaps list                 List basemaps with their zooms and coverage (* the active one)
  analyse --org NAME [--scenario baseline|2030|2050_moderate|2050_high] [--force]
                                Analyse climate risk and print each plot's levels
  plans list --org NAME         List plans (farm plans and the organisation's)
  plans show ID                 One plan: actions, budget per year and source, income projection
  report farm-plan --plan ID -o FILE.pdf
  report org-plan --org NAME -o FILE.pdf
  report plot-sheets (--producer ID | --org NAME) -o FILE.pdf
                                PDF report (printed by the system Chromium; --lang en for English)
  package export -o FILE [--since-last-exchange-with ID] [--include-rasters]
                                A signed .cafetal package of this laptop's work (everything, or what ID lacks)
  package inspect FILE          Check a package and say what it would bring (new, changed, deleted, conflicts)
  package import FILE [--dry-run]
                                Merge a package in one transaction (--dry-run: simulate only)
  package status                This laptop (name, fingerprint, network), the laptops it knows, conflicts

Options:
  --db PATH     Database to use (else CAFETAL_DB or the data folder)
  --demo        Use the workshop demo (data folder/demo/) instead of the real data
  --json        Stable JSON output for scripts
  --lang es|en  Language of messages
  -h, --help    This help`,
};

export const usageText = (lang: CliLanguage): string => usage[lang];
