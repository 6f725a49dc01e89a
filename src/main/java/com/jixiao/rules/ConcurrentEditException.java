package com.jixiao.rules;

/** Someone saved a newer version while the administrator was editing: nothing is overwritten. */
public class ConcurrentEditException extends RuntimeException {

    private final int newestVersion;

    public ConcurrentEditException(int newestVersion) {
        super("在您编辑期间已有人保存了第 " + newestVersion + " 版，您的修改未保存。请查看新版本后再修改。");
        this.newestVersion = newestVersion;
    }

    public int newestVersion() {
        return newestVersion;
    }
}
