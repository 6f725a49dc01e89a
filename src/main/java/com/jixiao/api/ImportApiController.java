package com.jixiao.api;

import com.jixiao.imports.AnnexFile;
import com.jixiao.imports.FileTooLargeException;
import com.jixiao.imports.ImportLimits;
import com.jixiao.imports.ImportService;
import com.jixiao.imports.ImportedSheet;
import com.jixiao.imports.NotAnAnnexException;
import com.jixiao.scoring.SheetResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded 附1 file and answers what it holds, scored; stores nothing. */
@RestController
@RequiredArgsConstructor
@Tag(name = "导入", description = "附1 自评表的 Excel/Word 文件")
class ImportApiController {

    private final ImportService imports;
    private final ImportLimits limits;

    /** One 附1 as read, with the /api/v1/score answer for it; amounts in 万元. */
    record PreviewSheet(String project, Integer year, String department, String implementingUnit, String amountsIn,
                        ImportedSheet.Funds funds, ImportedSheet.Goal goal, List<ImportedSheet.Indicator> indicators,
                        BigDecimal enteredTotal, ScoreResponse score, List<ImportedSheet.Problem> problems,
                        String sheet, String code, String supervisingUnit) {

        static PreviewSheet of(ImportedSheet s, SheetResult score) {
            return new PreviewSheet(s.project(), s.year(), s.department(), s.implementingUnit(), s.amountsIn(),
                    s.funds(), s.goal(), s.indicators(), s.enteredTotal(),
                    ScoreResponse.of(score), s.problems(), s.sheet(), s.code(), s.supervisingUnit());
        }
    }

    record PreviewResponse(List<PreviewSheet> sheets, List<ImportedSheet.Problem> problems) {
    }

    @Operation(summary = "预览附1 文件", description = "上传 .xlsx 或 .docx（字段 file），返回读到的每张附1、计算得分和无法识别的单元格；"
            + "不保存任何内容。不是附1 的文件返回 422，过大的文件返回 413。")
    @PostMapping(path = "/api/v1/imports/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    PreviewResponse preview(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new NotAnAnnexException("上传的文件是空的，请选择附1 自评表的 .xlsx 或 .docx 文件。");
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            throw new FileTooLargeException(limits.tooLargeMessage());
        }
        AnnexFile read = imports.read(file.getOriginalFilename(), file.getBytes());
        return new PreviewResponse(read.sheets().stream().map(s -> PreviewSheet.of(s, imports.score(s))).toList(), read.problems());
    }
}
