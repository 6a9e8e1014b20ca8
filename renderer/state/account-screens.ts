/** Screens of sign-in and personal records (part of the app's Screen union). */
export type AccountScreen =
  | { readonly name: 'signIn' }
  | { readonly name: 'forcedPasswordChange' }
  | { readonly name: 'records' }
  | { readonly name: 'profile' }
  | { readonly name: 'card' }
  | { readonly name: 'participation' }
  | { readonly name: 'benefits' }
  | { readonly name: 'visits' }
  | { readonly name: 'changePassword' };
