import { createContext, useContext } from 'react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';

export type Viewer = ViewerFieldsFragment;

/** Set by RequireAuth, so every page inside it knows who is signed in without asking again. */
export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in person; only for components rendered inside RequireAuth. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer() is only available inside <RequireAuth>');
  return viewer;
}
