/**
 * Handlers for self-service without signing in: public directories, support and announcements.
 * Search inputs may contain what a citizen typed; nothing of them is logged.
 */
import { createSqlitePublicDirectoryRepository } from '../../db/repositories/sqlite-public-directory-repository';
import { createSqliteReferenceRepository } from '../../db/repositories/sqlite-reference-repository';
import { createSqliteFeedbackRepository, createSqliteNewsRepository } from '../../db/repositories/sqlite-support-repository';
import type { Database } from '../../db/open-database';
import type { Logger } from '../../logging/logger';
import { createNewsService } from '../../services/news/news-service';
import { createPublicDirectoryService } from '../../services/public/public-directory-service';
import { createSupportService } from '../../services/support/support-service';
import type { HandlerMap } from '../dispatcher';

type PublicChannel =
  | 'offices:search'
  | 'offices:detail'
  | 'facilities:search'
  | 'employers:search'
  | 'collectionPoints:search'
  | 'support:faq'
  | 'support:ask'
  | 'support:feedback'
  | 'news:list';

export function publicHandlers(deps: { readonly db: Database; readonly logger: Logger }): Pick<HandlerMap, PublicChannel> {
  const directory = createPublicDirectoryService(createSqlitePublicDirectoryRepository(deps.db), createSqliteReferenceRepository(deps.db));
  const support = createSupportService({ feedback: createSqliteFeedbackRepository(deps.db), logger: deps.logger });
  const news = createNewsService(createSqliteNewsRepository(deps.db));
  return {
    'offices:search': (input) => directory.searchOffices(input),
    'offices:detail': (input) => directory.officeDetail(input.code),
    'facilities:search': (input) => directory.searchFacilities(input),
    'employers:search': (input) => directory.searchEmployers(input),
    'collectionPoints:search': (input) => directory.searchCollectionPoints(input),
    'support:faq': (input) => support.faq(input),
    'support:ask': (input) => support.ask(input.question),
    'support:feedback': (input) => support.submitFeedback(input),
    'news:list': (input) => news.listCurrent(input.offset, input.limit),
  };
}
