package com.jixiao.narrative;

/**
 * One section of a report as text: its heading (一、项目基本情况) and its body, plain paragraphs separated by line
 * breaks. Never HTML: every page prints it escaped, paragraph by paragraph.
 */
public record SectionText(String heading, String body) {
}
