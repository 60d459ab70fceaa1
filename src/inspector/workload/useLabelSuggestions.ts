import { useCallback } from 'react';
import {
  labelValueSuggestions,
  placementSuggestions,
  type PlacementSuggestions,
} from '../../domain/design/placementSuggestions';
import { useDesignStore } from '../../store/designStore';
import { memoOnDesign } from '../../store/memoOnDesign';

/**
 * What the workload form offers as you type: the pools' labels and taints, MIG resources. Here
 * rather than in selectors.ts: only the inspector's forms (a lazy chunk) ask for it.
 */
const selectPlacementSuggestions = memoOnDesign(placementSuggestions);

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
