import type { AppDeps } from '../../../composition';
import { openApiDocument } from './document';

let built: { version: string; document: Record<string, unknown> } | undefined;

/** The OpenAPI document, built once per container (only this function loads the route table and the contracts' schemas). */
export function openApi(deps: Pick<AppDeps, 'config'>): Record<string, unknown> {
  if (built?.version !== deps.config.version)
    built = { version: deps.config.version, document: openApiDocument(deps.config.version) };
  return built.document;
}
