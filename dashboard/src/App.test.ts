import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import App from './App.vue';

describe('placeholder page', () => {
  it('speaks Vietnamese first and switches to English', async () => {
    const wrapper = mount(App);
    expect(wrapper.text()).toContain('Điều hành bầu cử quận Hai Bà Trưng');
    await wrapper.get('button').trigger('click');
    expect(wrapper.text()).toContain('Hai Bà Trưng election operations');
  });
});
