// GraphiQL for developers, bundled by Vite so that no request leaves the machine: Monaco's workers come from
// graphiql/setup-workers/vite and the styles (fonts inlined) from the package itself, with no CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_QUERY } from './default-query';
import { createFormasiFetcher } from './fetcher';

const fetcher = createFormasiFetcher('/graphql');

const container = document.getElementById('graphiql');
if (!container) {
  throw new Error('graphiql.html must contain <div id="graphiql">');
}

createRoot(container).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false}>
      <GraphiQL.Logo>Formasi GraphiQL</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
