// The validation rules' chunk (see checker.ts): only ever imported dynamically, or by tests.
export { validateDesign } from '../domain/validation/validateDesign';
