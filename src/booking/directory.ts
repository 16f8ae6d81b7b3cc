import type { Centre, CentreDirectory, CentreWithDistance, NearestOptions, Place } from './model.js';
import type { Locale } from '../i18n/locale.js';
import { haversineKm, PlaceIndex } from './places.js';

/** Centres and places in memory: the catalogue is small (hundreds at most) and read-only. */
export class InMemoryCentreDirectory implements CentreDirectory {
  private readonly byId: Map<string, Centre>;
  private readonly index: PlaceIndex;
  private readonly outside: PlaceIndex;

  /** `outside`: places in Wallonia (loadWalloonPlaces), known but served by no centre. */
  constructor(
    private readonly centres: readonly Centre[],
    places: readonly Place[],
    outside: readonly Place[] = [],
  ) {
    this.byId = new Map(centres.map((c) => [c.id, c]));
    this.index = new PlaceIndex(places);
    this.outside = new PlaceIndex(outside);
  }

  /** Only names as written (a typo allowed for no one): "marc", a first name, is no "Marcq". */
  findOutside(query: string): Place[] {
    return this.outside.find(query, 10, { exact: true });
  }

  findPlaces(query: string): Place[] {
    return this.index.find(query);
  }

  placeName(place: Place, locale: Locale): string {
    return this.index.nameIn(place, locale);
  }

  nearest(place: Place, options: NearestOptions = {}): CentreWithDistance[] {
    const { modes, excludeModes, limit = 3, offset = 0 } = options;
    return this.centres
      .filter((c) => !modes || modes.length === 0 || c.modes.some((m) => modes.includes(m)))
      .filter((c) => !excludeModes || excludeModes.length === 0 || c.modes.some((m) => !excludeModes.includes(m)))
      .map((centre) => ({ centre, distanceKm: Math.round(haversineKm(place, centre.location) * 10) / 10 }))
      .sort((a, b) => a.distanceKm - b.distanceKm || a.centre.name.localeCompare(b.centre.name))
      .slice(offset, offset + limit);
  }

  get(id: string): Centre | undefined {
    return this.byId.get(id);
  }
}
