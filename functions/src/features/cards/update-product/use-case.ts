export { saveProduct } from '../../plans/save-catalog';
