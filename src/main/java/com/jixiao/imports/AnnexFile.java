package com.jixiao.imports;

import com.jixiao.imports.ImportedSheet.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an uploaded file held: one {@link ImportedSheet} per worksheet or Word table that is a 附1, and the
 * file's own problems (a worksheet that is not a 附1 and was skipped).
 */
public record AnnexFile(String fileName, List<ImportedSheet> sheets, List<Problem> problems) {

    /**
     * @throws NotAnAnnexException  when the file is no .xlsx/.docx, is damaged, or holds no 附1
     * @throws FileTooLargeException when the file, unpacked, is above the limits
     */
    public static AnnexFile read(String fileName, byte[] bytes, ImportLimits limits) {
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new FileTooLargeException(limits.tooLargeMessage());
        }
        List<ImportedSheet> sheets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Grid grid : GridFiles.read(bytes, limits)) {
            AnnexReader.read(grid).ifPresentOrElse(sheets::add, () -> problems.add(new Problem(grid.shortName(),
                    null, grid.name() + "：不是附1 自评表（没有“三级指标”“年初预算数”等表头），已跳过。")));
        }
        if (sheets.isEmpty()) {
            throw new NotAnAnnexException("文件中没有找到附1《项目支出绩效自评表》：应有“项目名称”“年初预算数”“全年执行数”"
                    + "等资金表头和“一级指标”“二级指标”“三级指标”“年度指标值”等指标表头。请上传附1 自评表的 Excel 或 Word 文件。");
        }
        return new AnnexFile(fileName, sheets, problems);
    }
}
