import { useCallback } from 'react';
import {
  labelValueSuggestions,
  type PlacementSuggestions,
} from '../../domain/design/placementSuggestions';
import { useDesignStore } from '../../store/designStore';
import { selectPlacementSuggestions } from '../../store/selectors';

/** The design's suggestions, and the values for a key (the catalog's too once it has loaded). */
export function useLabelSuggestions(): {
  suggestions: PlacementSuggestions;
  valuesFor: (key: string) => readonly string[];
} {
  const suggestions = useDesignStore(selectPlacementSuggestions);
  const catalog = useDesignStore((state) => state.catalog);
  const valuesFor = useCallback(
    (key: string) => labelValueSuggestions(suggestions, catalog, key),
    [suggestions, catalog],
  );
  return { suggestions, valuesFor };
}
