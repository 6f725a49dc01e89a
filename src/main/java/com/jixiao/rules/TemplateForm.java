package com.jixiao.rules;

import com.jixiao.scoring.WeightTemplate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A weight template as an administrator types it: the funds weight and up to {@link #SLOTS} 一级指标, each with its
 * weight and its 二级指标 (one per line, or separated by 、). Empty slots are ignored.
 */
@Getter
@Setter
public class TemplateForm {

    /** Categories offered on the page; the templates in use have at most four. */
    static final int SLOTS = 6;

    private String name;
    private String fundsWeight;
    private List<Category> categories = new ArrayList<>();
    private Integer baseVersion;

    @Getter
    @Setter
    public static class Category {
        private String name;
        private String weight;
        private String level2;
    }

    public static TemplateForm from(WeightTemplate t, int version) {
        TemplateForm form = new TemplateForm();
        form.name = t.name();
        form.fundsWeight = t.fundsWeight().stripTrailingZeros().toPlainString();
        for (WeightTemplate.Category c : t.categories()) {
            Category category = new Category();
            category.name = c.name();
            category.weight = c.weight().stripTrailingZeros().toPlainString();
            category.level2 = String.join("\n", c.level2());
            form.categories.add(category);
        }
        form.baseVersion = version;
        return form.padded();
    }

    /** With empty slots up to {@link #SLOTS}, so that the page can offer new categories. */
    TemplateForm padded() {
        while (categories.size() < SLOTS) {
            categories.add(new Category());
        }
        return this;
    }
}
