import { graphql } from '../../gql';

// The editor's mutations; each returns what changed so urql's cache refreshes the page.
export const NeedsAnalysisPageMutations = {
  save: graphql(`
    mutation NeedsAnalysisPageSaveNeed($input: SavePositionNeedInput!) {
      savePositionNeed(input: $input) {
        id
        position {
          id
          name
        }
        ...PositionNeedCard_positionNeed
      }
    }
  `),
  remove: graphql(`
    mutation NeedsAnalysisPageRemoveNeed($id: ID!) {
      removePositionNeed(id: $id) {
        id
        positionNeeds {
          id
        }
        ...AnalysisSummary_needsAnalysis
      }
    }
  `),
  transition: graphql(`
    mutation NeedsAnalysisPageTransition($id: ID!, $action: AnalysisAction!, $note: String) {
      transitionNeedsAnalysis(id: $id, action: $action, note: $note) {
        id
        status
        editable
        viewerCanEdit
        viewerCanVersion
        viewerActions
        ...AnalysisSummary_needsAnalysis
      }
    }
  `),
  newVersion: graphql(`
    mutation NeedsAnalysisPageNewVersion($id: ID!) {
      createNeedsAnalysisVersion(id: $id) {
        id
        version
      }
    }
  `),
};
