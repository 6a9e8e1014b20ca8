/** Routes the public self-service screens; App.tsx hands every public screen name to this one switch. */
import { CollectionPointsScreen } from './CollectionPointsScreen';
import { EmployersScreen } from './EmployersScreen';
import { FacilitiesScreen } from './FacilitiesScreen';
import { FaqScreen } from './FaqScreen';
import { FeedbackScreen } from './FeedbackScreen';
import { NewsScreen } from './NewsScreen';
import { OfficesScreen } from './OfficesScreen';
import { missingCase } from '../../state/screens';

export type PublicScreenName = 'offices' | 'facilities' | 'employers' | 'collectionPoints' | 'faq' | 'feedback' | 'news';

export function PublicScreen({ name }: { readonly name: PublicScreenName }) {
  switch (name) {
    case 'offices':
      return <OfficesScreen />;
    case 'facilities':
      return <FacilitiesScreen />;
    case 'employers':
      return <EmployersScreen />;
    case 'collectionPoints':
      return <CollectionPointsScreen />;
    case 'faq':
      return <FaqScreen />;
    case 'feedback':
      return <FeedbackScreen />;
    case 'news':
      return <NewsScreen />;
    default:
      return missingCase(name);
  }
}
